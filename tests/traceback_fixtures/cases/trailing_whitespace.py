# versions: 2.7 3.6+
def shout(a):
    return a.upper()   # call upper   


shout(None)   
