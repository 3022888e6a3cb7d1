// Both directions ran: the Scheme test through the test goal, the Java test through Surefire.
def log = new File(basedir, 'build.log').text
assert log.contains('Scheme tests: 2 passed, 0 failed') : 'the Scheme test did not run'
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0.*GreeterTest/ : 'the Java test did not run'
assert log.contains('HELLO, TERMITE!') : 'main.scm did not print through the Java test'
return true
