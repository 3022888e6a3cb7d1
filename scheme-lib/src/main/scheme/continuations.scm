;;; Gambit's continuation API, on top of call/cc's continuations. The talk "Distributed
;;; Computing with Gambit" and Termite's own code use these names.

;; (continuation-capture receiver): receiver gets the continuation of this call.
(define (continuation-capture receiver)
  (if (not (procedure? receiver))
      (error "continuation-capture: expected a procedure, got" receiver))
  (call/cc receiver))

;; (within-continuation k thunk): thunk runs with k as its continuation (its value goes to
;; k), in k's dynamic environment, after leaving and entering dynamic-wind extents.
(define (within-continuation k thunk)
  (if (not (continuation? k))
      (error "within-continuation: expected a continuation, got" k))
  (if (not (procedure? thunk))
      (error "within-continuation: expected a procedure, got" thunk))
  (%do-winds (%dyn-winders) (%continuation-winders k))
  (%continuation-graft k thunk))

;; (continuation-graft k proc arg ...): calls proc with the args in k's place.
(define (continuation-graft k proc . args)
  (if (not (continuation? k))
      (error "continuation-graft: expected a continuation, got" k))
  (if (not (procedure? proc))
      (error "continuation-graft: expected a procedure, got" proc))
  (within-continuation k (lambda () (apply proc args))))

;; (continuation-return k value ...): returns the values to k.
(define (continuation-return k . values)
  (if (not (continuation? k))
      (error "continuation-return: expected a continuation, got" k))
  (within-continuation k (lambda () (apply %values values))))

(define (%values . vs)
  (if (and (pair? vs) (null? (cdr vs))) (car vs) (apply values vs)))
