;; Error predicates: file-error? for a missing file, read-error? for bad syntax from read, and plain error objects.
(write (guard (e ((file-error? e) 'file-error) (#t (list 'other e)))
  (open-input-file "/nonexistent/dir/file.txt")))
(newline)
;; expect: file-error
(write (guard (e ((read-error? e) 'read-error) (#t 'other))
  (read (open-input-string "(1 2"))))
(newline)
;; expect: read-error
(write (guard (e ((read-error? e) 'read-error) (#t 'other))
  (read (open-input-string ")"))))
(newline)
;; expect: read-error
(define e1 (guard (e (#t e)) (error "plain" 1)))
(write (list (error-object? e1) (file-error? e1) (read-error? e1))) (newline)
;; expect: (#t #f #f)
;; Non-error objects are not error objects.
(write (map error-object? (list 'sym "str" 42 (list 1)))) (newline)
;; expect: (#f #f #f #f)
;; error with no irritants.
(write (error-object-irritants (guard (e (#t e)) (error "alone")))) (newline)
;; expect: ()
