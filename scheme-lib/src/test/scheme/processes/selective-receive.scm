;; recv patterns and selective receive: skipped messages stay, in order; exits that arrive
;; while a selective receive waits.
(define me (self))
(define (drain)
  (let loop ((acc '()))
    (let ((m (? 0 'empty)))
      (if (eq? m 'empty) (reverse acc) (loop (cons m acc))))))

;; vectors, dotted lists, literals, a repeated variable, ,expr and several where clauses
(define expected 7)
(for-each (lambda (m) (! me m))
          (list '#(point 1 2) '(pair 1 . 2) "text" #\c 3.5 #t '(same 4 5) '(same 6 6) 7 '(num 2) '(num 12)))
(display (recv (#(point x y) (list 'vector x y)))) (newline)
;; expect: (vector 1 2)
(display (recv (('pair a . b) (list 'dotted a b)))) (newline)
;; expect: (dotted 1 2)
(display (recv (#t 'true) ("text" 'string))) (newline)
;; expect: string
(display (recv (#\c 'char))) (newline)
;; expect: char
(display (recv (('same x x) (list 'same x)))) (newline)
;; expect: (same 6)
(display (recv (,expected 'unquoted))) (newline)
;; expect: unquoted
(display (recv (('num n) (where (number? n)) (where (> n 10)) (list 'big n)))) (newline)
;; expect: (big 12)
(display (recv (_ 'anything))) (newline)
;; expect: anything
(display (drain)) (newline)
;; expect: (#t (same 4 5) (num 2))

;; a receive inside a receive's body
(! me '(outer 1)) (! me '(inner 2))
(display (recv (('outer a) (recv (('inner b) (+ a b)))))) (newline)
;; expect: 3

;; a thousand skipped messages, then the one wanted, then the skipped ones in order
(let loop ((i 0)) (if (< i 1000) (begin (! me i) (loop (+ i 1)))))
(! me 'wanted)
(display (?? symbol?)) (newline)
;; expect: wanted
(display (equal? (drain) (iota 1000))) (newline)
;; expect: #t

;; a linked process fails while this one waits for a message that never comes: the exit is
;; raised in the waiting receive, and the queued messages are still there afterwards
(! me 'first) (! me 'second)
(display (guard (e ((termite-exception? e) (list 'exit (termite-exception-reason e))))
           (spawn-link (thread-sleep! 0.05) (car '()))
           (recv (('never) 'received) (after 3 'timeout))))
(newline)
;; expect: (exit failure)
(display (drain)) (newline)
;; expect: (first second)

;; trapping exits: the exit is a message, and a selective receive can wait for it while
;; other messages go by
(process-trap-exit! #t)
(! me 'a)
(define crasher (spawn-link (thread-sleep! 0.05) (raise 'crashed)))
(! me 'b)
(define exit-message (?? termite-exception? 3 #f))
(write (list (termite-exception-reason exit-message)
             (termite-exception-object exit-message)
             (equal? (termite-exception-origin exit-message) crasher)))
(newline)
;; expect: (failure crashed #t)
(display (drain)) (newline)
;; expect: (a b)
