;; A list that is never closed.
(display "start")
  (let ((x 1))
    (display x)
