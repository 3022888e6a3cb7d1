;; Version 2 of the counter service of v1/counter.scm: the same module (same file name), other code.
;;   beside PORT   starts a version 2 counter on the node, next to version 1's, and shows both
;;   upgrade PORT  sends version 1's running counter this version's loop: it goes on with its count
(define version "counter v2")
(define (describe n) (list version 'count n))
(define (counter-loop n)
  (recv ((from 'show) (! from (describe n)) (counter-loop n))
        ('bump (counter-loop (+ n 10)))
        (('upgrade new-loop) (new-loop n))))

(define args (cdr (command-line)))
(define node (make-node "127.0.0.1" (string->number (cadr args))))
(define (show pid) (! pid (list (self) 'show)) (display (? 10)) (newline))
(node-init (make-node "127.0.0.1" 0))
(let ((old (resolve-service 'counter node)))
  (cond ((equal? (car args) "beside")
         (let ((new (remote-spawn node (lambda () (counter-loop 0)))))
           (! new 'bump)
           (show old)
           (show new)))
        ((equal? (car args) "upgrade")
         (! old (list 'upgrade counter-loop))
         (! old 'bump)
         (show old))))
