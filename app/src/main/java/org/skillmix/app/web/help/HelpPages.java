package org.skillmix.app.web.help;

import org.skillmix.app.web.api.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Help: the guides (docs/*.md) as pages, linked from every page's footer and the header's navigation. */
@Controller
public class HelpPages {
    private final HelpDocs docs;

    public HelpPages(HelpDocs docs) {
        this.docs = docs;
    }

    @GetMapping("/help")
    String index(Model model) {
        model.addAttribute("guides", docs.all());
        return "help";
    }

    @GetMapping("/help/{name}")
    String guide(@PathVariable String name, Model model) {
        model.addAttribute("guides", docs.all());
        model.addAttribute("guide", docs.guide(name).orElseThrow(() -> new NotFound("name", "no guide " + name)));
        return "help";
    }
}
