# versions: 2.7
# mistune 0.8.4 (Markdown to HTML, vendored unmodified): re on str and unicode, escaping.
import mistune
text = """# Title

Some *emphasis*, **strong** and `code` with <b>html</b> & amp.

- item one
- item [link](http://example.com "T")

1. first
2. second

> quoted

    indented code

| a | b |
|---|---|
| 1 | 2 |
"""
html = mistune.markdown(text)
print type(html).__name__
print html
print mistune.markdown(u'caf\xe9 _x_ \u2603').encode('utf-8')
print repr(mistune.escape('<a href="x">&</a>'))
md = mistune.Markdown(renderer=mistune.Renderer(escape=True, hard_wrap=True))
print md('line one\nline two <i>x</i>')
