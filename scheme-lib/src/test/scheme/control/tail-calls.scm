;; Proper tail calls in every tail context must run in constant space.
(define (count-down n) (if (= n 0) 'done (count-down (- n 1))))
(write (count-down 3000000)) (newline)
;; expect: done

;; Mutual recursion through globals.
(define (ping n) (if (= n 0) 'ping (pong (- n 1))))
(define (pong n) (if (= n 0) 'pong (ping (- n 1))))
(write (ping 2000001)) (newline)
;; expect: pong

;; Tail calls inside cond, case, and, or, when, let, let*, letrec, begin.
(define (t-cond n) (cond ((= n 0) 'c) (else (t-cond (- n 1)))))
(define (t-case n) (case (if (= n 0) 0 1) ((0) 'k) (else (t-case (- n 1)))))
(define (t-and n) (and #t (if (= n 0) 'a (t-and (- n 1)))))
(define (t-or n) (or #f (if (= n 0) 'o (t-or (- n 1)))))
(define (t-when n) (when #t (if (= n 0) 'w (t-when (- n 1)))))
(define (t-let n) (let ((m (- n 1))) (if (< m 0) 'l (t-let m))))
(define (t-begin n) (begin 1 (if (= n 0) 'b (t-begin (- n 1)))))
(write (map (lambda (f) (f 1000000)) (list t-cond t-case t-and t-or t-when t-let t-begin))) (newline)
;; expect: (c k a o w l b)

;; Tail calls through apply and through a closure passed as argument.
(define (via-apply n) (if (= n 0) 'apply (apply via-apply (list (- n 1)))))
(write (via-apply 1000000)) (newline)
;; expect: apply
(define (cps-loop n k) (if (= n 0) (k 'cps) (cps-loop (- n 1) (lambda (v) (k v)))))
(write (cps-loop 100000 (lambda (v) v))) (newline)
;; expect: cps

;; A loop in a named let with an accumulator over a long list.
(define big (let loop ((i 0) (acc '())) (if (= i 1000000) acc (loop (+ i 1) (cons i acc)))))
(write (length big)) (newline)
;; expect: 1000000

;; Tail call through a call/cc body and through dynamic-wind's thunk result.
(define (escape-loop n) (if (= n 0) 'esc (call/cc (lambda (k) (escape-loop (- n 1))))))
(write (escape-loop 100000)) (newline)
;; expect: esc

;; A chain of tail calls long enough to be handed back to the non-tail call site that started it: the site's
;; live variables survive, and a continuation captured at the end of the chain returns to that site each time.
(define saved-k #f)
(define results '())
(define (ev n) (if (= n 0) (call/cc (lambda (k) (set! saved-k k) 0)) (od (- n 1))))
(define (od n) (ev (- n 1)))
(define (site a) (let ((r (ev 1000))) (set! results (cons (list a r) results)) r))
(let ((r (site 'x)))
  (if (< r 2) (saved-k (+ r 1))))
(write (reverse results)) (newline)
;; expect: ((x 0) (x 1) (x 2))

;; A continuation-passing chain through fresh closures, a million calls long, inside a non-tail call.
(define (cps-count n k) (if (= n 0) (k 0) (cps-count (- n 1) (lambda (v) (k (+ v 1))))))
(write (list 'before (cps-count 1000000 (lambda (v) v)) 'after)) (newline)
;; expect: (before 1000000 after)
