// The build failed at the test goal, naming each failure; the reports say the same.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
assert log.contains('Scheme tests: 1 passed, 2 failed') : 'no summary in the log'
assert log.contains('area-test.scm: area/wrong on purpose (area-test.scm:4): expected 10, got 9')
assert log.contains('assert-check.scm: exited with code 70')
assert log.contains('There are Scheme test failures')
assert log.contains('BUILD FAILURE')

def reports = new File(basedir, 'target/surefire-reports')
def parse = { name -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(reports, name)).documentElement }
def area = parse('TEST-scheme.area-test.xml')
assert area.getAttribute('tests') == '2'
assert area.getAttribute('failures') == '1'
def failure = area.getElementsByTagName('failure').item(0)
assert failure.getAttribute('message') == 'expected 10, got 9 at area-test.scm:4'
def check = parse('TEST-scheme.assert-check.xml')
assert check.getAttribute('errors') == '1'
return true
