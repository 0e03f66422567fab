# versions: 2.7 3.6+
class Node(object):
    def __init__(self, child):
        self.child = child


def depth(node):
    return node.child.child.child.value


depth(Node(Node(None)))
