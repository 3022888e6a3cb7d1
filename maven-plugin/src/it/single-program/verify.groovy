// The jar runs on its own: java -jar with nothing else on the class path.
def jar = new File(basedir, 'target/greet.jar')
assert jar.isFile() : 'the jar goal wrote no target/greet.jar'

def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-jar', jar.path, 'Termite', 'Erlang').redirectErrorStream(true).start()
def output = process.inputStream.text
process.waitFor()
assert output == 'Hello, Termite!\nHello, Erlang!\n(first-long Termite)\n' : "unexpected output: ${output}"
assert process.exitValue() == 2 : "exit code ${process.exitValue()}"

def jarEntries = new java.util.jar.JarFile(jar).withCloseable { j -> j.entries().collect { it.name } }
assert jarEntries.contains('scm/greet/__module.class')
assert jarEntries.contains('org/termite/runtime/boot/Main.class')
assert jarEntries.contains('META-INF/termite/library.txt')
def manifest = new java.util.jar.JarFile(jar).withCloseable { j -> j.manifest.mainAttributes.getValue('Main-Class') }
assert manifest == 'org.termite.runtime.boot.Main'

assert new File(basedir, 'target/classes/scm/greet/__module.class').isFile()
assert new File(basedir, 'target/test-classes/scm/greet_test/__module.class').isFile() : 'testCompile wrote no test module'
assert new File(basedir, 'target/termite/compile.state').isFile()
return true
