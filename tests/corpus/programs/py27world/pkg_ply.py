# versions: 2.7
# ply 3.11 (lex/yacc, vendored unmodified): a calculator; tables kept in memory.
import ply.lex as lex
import ply.yacc as yacc
tokens = ('NUMBER', 'PLUS', 'MINUS', 'TIMES', 'DIVIDE', 'LPAREN', 'RPAREN', 'NAME')
t_PLUS = r'\+'
t_MINUS = r'-'
t_TIMES = r'\*'
t_DIVIDE = r'/'
t_LPAREN = r'\('
t_RPAREN = r'\)'
t_NAME = r'[a-zA-Z_][a-zA-Z0-9_]*'
t_ignore = ' \t'
def t_NUMBER(t):
    r'\d+'
    t.value = int(t.value)
    return t
def t_error(t):
    print "Illegal character '%s'" % t.value[0]
    t.lexer.skip(1)
precedence = (('left', 'PLUS', 'MINUS'), ('left', 'TIMES', 'DIVIDE'), ('right', 'UMINUS'))
names = {'x': 7}
def p_expr_binop(p):
    '''expr : expr PLUS expr
            | expr MINUS expr
            | expr TIMES expr
            | expr DIVIDE expr'''
    a, op, b = p[1], p[2], p[3]
    p[0] = {'+': a + b, '-': a - b, '*': a * b, '/': a / b}[op]
def p_expr_uminus(p):
    'expr : MINUS expr %prec UMINUS'
    p[0] = -p[2]
def p_expr_group(p):
    'expr : LPAREN expr RPAREN'
    p[0] = p[2]
def p_expr_number(p):
    'expr : NUMBER'
    p[0] = p[1]
def p_expr_name(p):
    'expr : NAME'
    p[0] = names.get(p[1], 0)
def p_error(p):
    print "Syntax error at", p.value if p else 'EOF'
lexer = lex.lex()
lexer.input('3 + 4 * (2 - x) $ 1')
print [(t.type, t.value) for t in lexer]
parser = yacc.yacc(write_tables=False, debug=False)
for text in ('1 + 2 * 3', '(1 + 2) * 3', '-x * 2 + 10 / 3', '2 * * 3'):
    print text, '=', parser.parse(text, lexer=lex.lex())
