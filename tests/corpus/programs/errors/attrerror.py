# versions: 2.7 3.6+
class Account(object):
    def __init__(self):
        self.balance = 10


acct = Account()
print(acct.balance)
print(acct.balanse)
