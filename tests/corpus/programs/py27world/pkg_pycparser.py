# versions: 2.7
# pycparser 2.21 (C parser on its own copy of ply, vendored unmodified): parse C, walk and regenerate it.
from pycparser import c_parser, c_ast, c_generator
src = r'''
typedef struct point { int x, y; } point_t;
static const char *names[] = { "a", "b\n", 0 };
int add(int a, int b) { return a + b; }
int main(void) {
    point_t p = { 1, 2 };
    unsigned long total = 0UL;
    for (int i = 0; i < 10; i++) {
        if (i % 2 == 0 && i != 4) total += add(p.x, i) << 1;
        else total -= (unsigned long)i;
    }
    switch (total) { case 1: break; default: total = ~total; }
    return (int)total;
}
'''
ast = c_parser.CParser().parse(src, filename='<demo>')
class V(c_ast.NodeVisitor):
    def __init__(self):
        self.calls = []
        self.consts = []
    def visit_FuncCall(self, node):
        self.calls.append(node.name.name)
        self.generic_visit(node)
    def visit_Constant(self, node):
        self.consts.append((node.type, node.value))
v = V()
v.visit(ast)
print v.calls
print v.consts
for ext in ast.ext:
    print type(ext).__name__, getattr(ext, 'name', None) or getattr(getattr(ext, 'decl', None), 'name', None)
print c_generator.CGenerator().visit(ast)
try:
    c_parser.CParser().parse('int f( { }', filename='<bad>')
except c_parser.ParseError as e:
    print 'ParseError', e
