;; Receiving at every depth: on the process's base (where a waiting receive returns its park
;; instead of throwing it), deep inside a recursion (where it throws), through first-class
;; references to ?, ?? and !?, and with where-guards that capture continuations.

;; A server loop whose recv is in tail position: each request is answered, then the loop goes on.
(define (adder total)
  (recv ((from 'add n) (! from (+ total n)) (adder (+ total n)))
        ((from 'get) (! from total) (adder total))
        ('stop 'stopped)))
(define server (spawn (adder 0)))
(define me (self))
(define (add-all n)
  (let loop ((i 1) (last 0))
    (if (> i n)
        last
        (begin (! server (list me 'add i))
               (loop (+ i 1) (recv (sum sum)))))))
(display (add-all 10000)) (newline)
;; expect: 50005000

;; A receive under 3000 pending non-tail calls: the wait unwinds them all, the reply comes back
;; through every one of them.
(define (deep n)
  (if (= n 0)
      (begin (! server (list me 'get)) (recv (total total)))
      (+ 1 (deep (- n 1)))))
(display (deep 3000)) (newline)
;; expect: 50008000

;; ?, ?? and !? called directly, and through variables, where no call site expects a park back.
(define echo (spawn (let loop () (recv ((from tag x) (! from (list tag (* x 2))) (loop))))))
(define (via f . args) (apply f args))
(! me 'one)
(display (list (? 1) (begin (! me 2) (via ? 1)))) (newline)
;; expect: (one 2)
(! me 'skip) (! me 21)
(display (list (?? number?) (via ?? symbol?))) (newline)
;; expect: (21 skip)
(display (list (!? echo 5) (via !? echo 6) (!? echo 7 1 'none))) (newline)
;; expect: (10 12 14)
(display (list (via ? 0.01 'empty) (via ?? pair? 0.01 'no-pair))) (newline)
;; expect: (empty no-pair)

;; Waiting for messages from a process that sends slowly, in each of these ways.
(define (trickle to items)
  (spawn (for-each (lambda (x) (thread-sleep! 0.002) (! to x)) items)))
(trickle me '(a b c))
(display (list (?) (via ?) (recv (x x)))) (newline)
;; expect: (a b c)

;; A where-guard that captures its continuation: the receive's scan is saved in a frame while
;; the guard's capture reaches the base, and resumed from it.
(! me 1) (! me 2) (! me 3)
(define escapes 0)
(display (recv (n (where (call/cc (lambda (k) (set! escapes (+ escapes 1)) (k (> n 2))))) (list 'took n))))
(newline)
;; expect: (took 3)
(display (list escapes (? 0 'none) (? 0 'none) (? 0 'none))) (newline)
;; expect: (3 1 2 none)

;; A guard that waits for another message before it decides.
(trickle me '((check 7) 7))
(display (recv (('check n) (where (= n (?? number?))) (list 'confirmed n)))) (newline)
;; expect: (confirmed 7)
(display (? 0 'empty)) (newline)
;; expect: empty

;; A receive that waits as the 256th tail call in a row, which is handed back to the non-tail call site that
;; started the chain, here code resumed on the process's base after a first wait: it still waits, and returns its
;; message to that site.
(define (chain n) (if (= n 0) (? 5 'timed-out) (chain (- n 1))))
(for-each (lambda (n)
            (spawn (lambda ()
                     (! me (list 'ready (self)))
                     (recv ('go #t))
                     (let ((v (chain n))) (! me (list 'got n v))))))
          '(254 255 256))
(for-each (lambda (i) (recv (('ready p) (! p 'go) (thread-sleep! 0.05) (! p 'late-message)))) '(1 2 3))
(display (map (lambda (n) (recv (('got ,n v) v))) '(254 255 256))) (newline)
;; expect: (late-message late-message late-message)

(! server 'stop)
