;; Scheme calls Java: the project's own class is on the test's class path.
(import (scheme base) (srfi 64) (java org.example Greeter) (greetings))
(test-begin "greeter")
(test-equal "Hello, Scheme!" (Greeter/greet "Scheme"))
(test-equal "HELLO, LIBRARY!" (shout "library"))
(test-end "greeter")
