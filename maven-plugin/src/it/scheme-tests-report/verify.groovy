// The test goal ran both programs and wrote a Surefire report for each.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
assert log.contains('Scheme tests: 3 passed, 0 failed') : 'no summary in the log'

def reports = new File(basedir, 'target/surefire-reports')
def parse = { name -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(reports, name)).documentElement }
def cases = { suite -> (0..<suite.getElementsByTagName('testcase').length).collect {
    def c = suite.getElementsByTagName('testcase').item(it); "${c.getAttribute('classname')}#${c.getAttribute('name')}".toString() } }

def area = parse('TEST-scheme.area-test.xml')
assert area.getAttribute('name') == 'scheme.area-test'
assert area.getAttribute('tests') == '2'
assert area.getAttribute('failures') == '0'
assert area.getAttribute('errors') == '0'
assert cases(area) == ['scheme.area-test.area#square', 'scheme.area-test.area.degenerate#zero width'] : "test cases: ${cases(area)}"

def plain = parse('TEST-scheme.plain-check.xml')
assert plain.getAttribute('tests') == '1'
assert plain.getAttribute('failures') == '0'
assert cases(plain) == ['scheme.plain-check#plain-check.scm']
// testCompile compiled the test that imports a main library.
assert new File(basedir, 'target/test-classes/scm/area_test/__module.class').isFile() : 'testCompile wrote no area-test module'
return true
