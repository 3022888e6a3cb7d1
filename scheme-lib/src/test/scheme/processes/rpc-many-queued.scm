;; !? and ?? with 100,000 unrelated messages queued: a call only looks at messages that
;; came after its request, and the queued messages stay, in order.
(define me (self))
(define (now) (/ (exact->inexact (current-jiffy)) (jiffies-per-second)))
(define square (spawn (let loop () (recv ((from tag x) (! from (list tag (* x x))))) (loop))))

(let loop ((i 0)) (if (< i 100000) (begin (! me (list 'queued i)) (loop (+ i 1)))))

;; 2,000 calls: were each to scan the queue it would take minutes
(define t0 (now))
(define sum (let loop ((i 0) (sum 0)) (if (= i 2000) sum (loop (+ i 1) (+ sum (!? square i))))))
(display sum) (newline)
;; expect: 2664667000
(display (< (- (now) t0) 3)) (newline)
;; expect: #t

;; a call with a timeout and a default to a process that never answers
(define silent (spawn (let loop () (? ) (loop))))
(display (!? silent 'hello 0.05 'no-answer)) (newline)
;; expect: no-answer

;; ?? finds the one message it wants at the end of the queue
(! me 'needle)
(display (?? (lambda (m) (eq? m 'needle)))) (newline)
;; expect: needle

;; the queued messages are all still there, in order
(define ok
  (let loop ((i 0))
    (if (= i 100000)
        (eq? (? 0 'empty) 'empty)
        (let ((m (? 0 'missing)))
          (and (equal? m (list 'queued i)) (loop (+ i 1)))))))
(display ok) (newline)
;; expect: #t
