;; Processes fail, and the runtime reports each failure on standard error, while the main process writes to
;; standard error too: the two writers share the console without deadlocking (ConsoleDeadlockTest runs this
;; program 20 times in a row).
(define count 2000)
(let loop ((i 0))
  (when (< i count)
    (monitor (spawn (lambda () (car i))))
    (display "spawned " (current-error-port))
    (display i (current-error-port))
    (newline (current-error-port))
    (loop (+ i 1))))
;; every failure has been reported once all the DOWN messages are in
(let wait ((n 0))
  (if (< n count)
      (recv ((DOWN ref pid reason) (wait (+ n 1))))))
(display "done") (newline)
;; expect: done
