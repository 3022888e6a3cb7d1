(export (rename one unit))
(begin (define one 1))
