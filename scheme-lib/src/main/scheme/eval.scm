;;; (scheme eval), (scheme load), (scheme repl): the compiler turns the code into a procedure of no
;;; arguments (see EvalPrims), which is called here, so the code runs in the caller's continuation.

(define (eval expression #!optional (environment (interaction-environment)))
  ((%eval-compile expression environment)))

(define (load file #!optional (environment (interaction-environment)))
  ((%load-compile file environment)))
