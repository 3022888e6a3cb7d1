;; Continuations serialize with their frames and their dynamic environment, and a copy can be resumed any
;; number of times.

;; captured 100,000 calls deep, serialized, then resumed twice: each resume finishes the recursion again
(define saved #f)
(define (deep n)
  (if (= n 0)
      (call/cc (lambda (k) (set! saved (object->u8vector k)) 0))
      (+ 1 (deep (- n 1)))))
(define resumes 0)
(define result (deep 100000))
(write (list 'result result)) (newline)
(set! resumes (+ resumes 1))
(if (<= resumes 2) ((u8vector->object saved) (* resumes 1000)))
;; expect: (result 100000)
;; expect: (result 101000)
;; expect: (result 102000)

;; the copy keeps the frames' live values; resuming it does not touch the original's
(define k-bytes #f)
(define (compute a)
  (let ((b (call/cc (lambda (k) (set! k-bytes (object->u8vector k)) 1))))
    (list a b)))
(define first-time #t)
(define answer (compute 'left))
(write answer) (newline)
(if first-time (begin (set! first-time #f) ((u8vector->object k-bytes) 'right)))
;; expect: (left 1)
;; expect: (left right)

;; dynamic-wind: entering the copy's extent runs its before thunk
(define log '())
(define (note x) (set! log (cons x log)))
(define wind-bytes #f)
(define wind-done #f)
(dynamic-wind
  (lambda () (note 'in))
  (lambda () (call/cc (lambda (k) (set! wind-bytes (object->u8vector k)))) (note 'body))
  (lambda () (note 'out)))
(if (not wind-done) (begin (set! wind-done #t) ((u8vector->object wind-bytes) #f)))
(write (reverse log)) (newline)
;; expect: (in body out in body out)

;; parameterize: the copy sees the binding it was captured with
(define depth (make-parameter 0))
(define param-bytes #f)
(define param-seen '())
(parameterize ((depth 5))
  (call/cc (lambda (k) (set! param-bytes (object->u8vector k))))
  (set! param-seen (cons (depth) param-seen)))
(if (= (length param-seen) 1) ((u8vector->object param-bytes) #f))
(write (list param-seen (depth))) (newline)
;; expect: ((5 5) 0)

;; handlers: an error raised after resuming a copy reaches the guard it was captured under
(define guard-bytes #f)
(define guard-runs 0)
(define outcome
  (guard (e ((string? e) (list 'caught e)))
    (call/cc (lambda (k) (set! guard-bytes (object->u8vector k))))
    (set! guard-runs (+ guard-runs 1))
    (if (= guard-runs 2) (raise "from the copy") 'normal)))
(write outcome) (newline)
(if (= guard-runs 1) ((u8vector->object guard-bytes) #f))
;; expect: normal
;; expect: (caught "from the copy")
