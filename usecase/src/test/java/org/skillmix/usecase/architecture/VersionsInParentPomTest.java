package org.skillmix.usecase.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.skillmix.usecase.GmExample;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every library's and plugin's version is stated once, in the parent pom (issue 13): a module pom that gives a
 * version of its own can drift from the parent's and from the other modules, which the enforcer's dependency
 * convergence only notices when both versions reach one class path. A module names its dependencies and plugins
 * without versions (its siblings' ${project.version} excepted); an annotation processor's path, which Maven's
 * dependency management does not reach, takes a property of the parent's.
 */
class VersionsInParentPomTest {

    @Test
    void noModulePomStatesAVersionOfItsOwn() throws Exception {
        List<String> own = new ArrayList<>();
        for (String module : List.of("core", "data", "usecase", "app", "bench")) {
            Path pom = GmExample.repo().resolve(module).resolve("pom.xml");
            assertThat(pom).exists();
            Document doc =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            for (String element : List.of("dependency", "plugin")) {
                NodeList found = doc.getElementsByTagName(element);
                for (int i = 0; i < found.getLength(); i++) {
                    Element e = (Element) found.item(i);
                    String version = child(e, "version");
                    if (version == null || version.equals("${project.version}")) continue;
                    own.add(module + "/pom.xml: " + child(e, "groupId") + ":" + child(e, "artifactId") + " " + version);
                }
            }
        }
        assertThat(own)
                .as(
                        "versions stated in a module pom: move them to the parent's dependencyManagement or pluginManagement")
                .isEmpty();
    }

    /** The text of e's direct child of this name, or null. */
    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name))
                return c.getTextContent().strip();
        }
        return null;
    }
}
