;;; Termite's processes: the body of a process, and sleeping. Receiving (?, ??, !?, and
;;; the %receive that recv compiles to) is in the runtime: a receive that waits must
;;; unwind as few JVM frames as possible.

;; A process runs its body; a body whose value is a procedure is a thunk to call.
(define (%process-entry thunk)
  (let ((v (thunk)))
    (if (procedure? v) (v) v)))

(define (thread-sleep! seconds)
  (%sleep-until (%deadline seconds)))

(define (thread-yield!) (%yield))
