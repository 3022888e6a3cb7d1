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

;; The program's first process: its top level, then, as Gambit runs a script (gsi, SRFI 22),
;; (main arg ...) with the command-line arguments as strings if the program defined a
;; procedure main.
(define (%run-program top)
  (top)
  (let ((main (%main-procedure)))
    (if main (apply main (cdr (command-line))))))
