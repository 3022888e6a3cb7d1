;; A module the fourth build deletes.
(define (unused) #f)
