;; (.method) needs the object to call it on.
(define (f) (.trim))
;; error: method-without-object\.scm:2:13: bad syntax: \(\.trim object argument \.\.\.\) needs an object
