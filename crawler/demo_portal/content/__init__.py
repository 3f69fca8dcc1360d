"""Content sources of the demo portal: the site's columns and chrome (``site``) and one module of
articles per column. Each article is a plain dict; see ``build.py`` for the keys it reads.

Every paragraph here is written once: ``build.py`` refuses to build if any paragraph repeats.
"""
