;;; Chez Scheme 9.5 has no R7RS current-jiffy; count nanoseconds of the monotonic clock instead.
(define (jiffies-per-second) 1000000000)
(define (current-jiffy)
  (let ((t (current-time 'time-monotonic)))
    (+ (* (time-second t) 1000000000) (time-nanosecond t))))
