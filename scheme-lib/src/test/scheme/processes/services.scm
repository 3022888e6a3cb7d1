;; The service registry: publish, resolve, unpublish, replace, and a process that ends
;; leaves it.
(define me (self))
(define echo (spawn (let loop () (recv ((from tag x) (! from (list tag (list 'echo x))))) (loop))))

(display (resolve-service 'echo)) (newline)
;; expect: #f
(publish-service 'echo echo)
(display (equal? (resolve-service 'echo) echo)) (newline)
;; expect: #t
(display (!? (resolve-service 'echo) 'hi)) (newline)
;; expect: (echo hi)

;; names may be strings
(publish-service "echo service" echo)
(display (equal? (resolve-service (string-append "echo" " " "service")) echo)) (newline)
;; expect: #t

;; publishing again under a name replaces the process
(define other (spawn (?)))
(publish-service 'echo other)
(display (equal? (resolve-service 'echo) other)) (newline)
;; expect: #t

(unpublish-service 'echo)
(display (resolve-service 'echo)) (newline)
;; expect: #f

;; a service seen from another process
(publish-service 'main me)
(spawn (! (resolve-service 'main) 'found-by-name))
(display (?)) (newline)
;; expect: found-by-name

;; a published process that ends is no longer resolved
(define short-lived (spawn (?)))
(publish-service 'short short-lived)
(define ref (monitor short-lived))
(! short-lived 'go)
(recv (('DOWN ,ref _ _) 'down))
(display (resolve-service 'short)) (newline)
;; expect: #f
