;; get-environment-variable and get-environment-variables from (scheme process-context).
(write (list (get-environment-variable "TERMITE_SURELY_UNSET_VARIABLE") (string? (get-environment-variable "PATH")))) (newline)
;; expect: (#f #t)
(write (list? (get-environment-variables))) (newline)
;; expect: #t
(write (pair? (assoc "PATH" (get-environment-variables)))) (newline)
;; expect: #t
