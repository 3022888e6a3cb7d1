;;; The observer: a web page served by this node that shows the cluster live. (observer-start [port [host
;;; [allow-terminate]]]) serves it and returns its URL; then, while a page is open, the poller process asks every
;;; node it knows for its picture once a second, with on, so the questions travel over the node protocol and a
;;; node that runs no program answers too. Programs add text views: (observer-view name thunk), shown beside
;;; the node's processes, side by side with the other nodes' views.

(define %observer-views '())

;; Registers (or replaces) a view of this node: thunk returns its text now.
(define (observer-view name thunk)
  (if (not (string? name)) (error "observer-view: expected a name (a string), got" name))
  (if (not (procedure? thunk)) (error "observer-view: expected a procedure returning the text, got" thunk))
  (set! %observer-views
        (append (filter (lambda (v) (not (string=? (car v) name))) %observer-views)
                (list (cons name thunk)))))

(define (observer-start #!optional (port 0) (host "127.0.0.1") (allow-terminate #f))
  (%observer-start host port allow-terminate))

;; This node's picture (JSON text), with the text of its views; what every node answers the observer.
(define (%observe-node)
  (%observe-local (map (lambda (v) (cons (car v) (%observer-view-text (cdr v)))) %observer-views)))

(define (%observer-view-text thunk)
  (with-exception-catcher
   (lambda (e) (string-append "(this view failed: " (%observer-why e) ")"))
   (lambda () (let ((text (thunk))) (if (string? text) text (object->string text))))))

(define (%observer-why e)
  (if (error-object? e)
      (apply string-append (error-object-message e)
             (map (lambda (x) (string-append " " (object->string x))) (error-object-irritants e)))
      (object->string e)))

;; The value of (thunk) on node, #f meaning this node; what failed as a string otherwise.
(define (%observer-on node thunk)
  (with-exception-catcher
   (lambda (e) (list 'failed (%observer-why e)))
   (lambda () (if node (on node thunk 3) (thunk)))))

(define (%observer-ask target)
  (spawn (lambda ()
           (let ((answer (%observer-on (cdr target) %observe-node)))
             (%observer-put! (car target) (if (string? answer) answer (cadr answer)))))))

(define (%observer-answer request)
  ;; request: (id kind address node key)
  (let ((id (car request)) (kind (cadr request)) (node (cadddr request)) (key (car (cddddr request))))
    (spawn (lambda ()
             (let ((answer (%observer-on node (if (eq? kind 'terminate)
                                                  (lambda () (%observe-terminate key))
                                                  (lambda () (%observe-process key))))))
               (%observer-reply! id (if (and (pair? answer) (eq? (car answer) 'failed)) (cadr answer) answer)))))))

;; The observing node's poller: asks the nodes that are due (none while no page is open) and answers the page's
;; questions, each in a process of its own so that a slow node holds up nothing else.
(define (%observer-poll)
  (process-name-set! (self) 'observer)
  (let loop ()
    (for-each %observer-ask (%observer-due))
    (for-each %observer-answer (%observer-take-requests))
    (recv (('requests) (loop))
          (('stop) 'stopped)
          (after 0.5 (loop)))))
