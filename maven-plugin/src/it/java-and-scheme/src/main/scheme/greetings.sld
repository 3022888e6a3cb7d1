;; Scheme code that calls Java, and that Java calls through the embedding API.
(define-library (greetings)
  (export shout)
  (import (scheme base) (java org.example Greeter))
  (begin (define (shout name) (.toUpperCase (Greeter/greet name)))))
