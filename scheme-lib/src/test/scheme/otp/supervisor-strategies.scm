;; one-for-all and rest-for-one: which children are restarted when one exits, in which
;; order the others are stopped and started again.
(define me (self))
;; the start thunk runs in the supervisor, so the order of these messages is the start order
(define (worker name)
  (lambda ()
    (! me (list 'started name))
    (spawn-link
     (let loop ()
       (recv (('crash) (car '()))
             (_ (loop)))))))
(define (specs . names) (map (lambda (n) (make-child-spec n (worker n))) names))
(define (starts n) (let loop ((i 0) (acc '())) (if (= i n) (reverse acc) (loop (+ i 1) (cons (cadr (?)) acc)))))
(define (pids sup) (map cadr (supervisor:which-children sup)))

;; one-for-all: every child is restarted, in order
(define all (supervisor:start (specs 'a 'b 'c) strategy: 'one-for-all intensity: 5))
(display (starts 3)) (newline)
;; expect: (a b c)
(define before (pids all))
(! (supervisor:child-pid all 'b) '(crash))
(display (starts 3)) (newline)
;; expect: (a b c)
(define after (pids all))
(display (map (lambda (x y) (equal? x y)) before after)) (newline)
;; expect: (#f #f #f)
(display (map process-alive? before)) (newline)
;; expect: (#f #f #f)
(display (map process-alive? after)) (newline)
;; expect: (#t #t #t)
(supervisor:stop all)

;; rest-for-one: the child and those started after it
(define rest (supervisor:start (specs 'a 'b 'c 'd) strategy: 'rest-for-one intensity: 5))
(display (starts 4)) (newline)
;; expect: (a b c d)
(define before2 (pids rest))
(! (supervisor:child-pid rest 'b) '(crash))
(display (starts 3)) (newline)
;; expect: (b c d)
(display (map (lambda (x y) (equal? x y)) before2 (pids rest))) (newline)
;; expect: (#t #f #f #f)
(! (supervisor:child-pid rest 'd) '(crash))
(display (starts 1)) (newline)
;; expect: (d)
(supervisor:stop rest)

;; a bad strategy is refused when the supervisor starts
(display (guard (e ((error-object? e) (error-object-message e))) (supervisor:start '() strategy: 'all-for-none)))
(newline)
;; expect: supervisor:start: strategy must be one-for-one, one-for-all or rest-for-one, got
(display (? 0.1 'quiet)) (newline)
;; expect: quiet
