(define sibling-value 41)
