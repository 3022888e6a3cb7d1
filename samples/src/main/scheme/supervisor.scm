;; A supervisor tree: a supervisor keeps two workers alive. When one crashes, the
;; supervisor starts a fresh one in its place (one-for-one), and the other goes on.

;; A counter process: adds on request, reports its count, and crashes when told to.
(define (start-counter)
  (spawn-link
    (let loop ((count 0))
      (recv
        ((from tag 'add) (! from (list tag 'ok)) (loop (+ count 1)))
        ((from tag 'count) (! from (list tag count)) (loop count))
        ('crash (car '()))))))

(define sup
  (supervisor:start (list (make-child-spec 'left start-counter)
                          (make-child-spec 'right start-counter))
                    strategy: 'one-for-one intensity: 3 period: 5))

(define (child id) (supervisor:child-pid sup id))

(!? (child 'left) 'add)
(!? (child 'left) 'add)
(!? (child 'right) 'add)
(display (list 'before (!? (child 'left) 'count) (!? (child 'right) 'count))) (newline)

;; Crash the left worker, then wait (a bounded while) for its replacement.
(define old (child 'left))
(! old 'crash)
(let wait ((tries 0))
  (let ((now (child 'left)))
    (if (and (< tries 500) (or (not (process? now)) (eq? now old)))
        (begin (thread-sleep! 0.01) (wait (+ tries 1))))))

(display (list 'replaced (not (eq? (child 'left) old)))) (newline)
;; The new left worker starts from zero; the right one kept its state.
(display (list 'after (!? (child 'left) 'count) (!? (child 'right) 'count))) (newline)
(supervisor:stop sup)
(display 'done) (newline)
