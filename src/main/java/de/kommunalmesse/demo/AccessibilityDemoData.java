package de.kommunalmesse.demo;

import de.kommunalmesse.accessibility.AccessibilityViews.NonAccessiblePart;
import de.kommunalmesse.accessibility.AccessibilityViews.StatementTexts;
import de.kommunalmesse.accessibility.AccessibilityViews.StatementUpdate;
import de.kommunalmesse.accessibility.AssessmentMethod;
import de.kommunalmesse.accessibility.Compliance;
import de.kommunalmesse.accessibility.SignVideoService;
import de.kommunalmesse.accessibility.SignVideoService.SlotUpdate;
import de.kommunalmesse.accessibility.StatementService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The demo's Erklärung zur Barrierefreiheit (German and English, for an NRW operator) and the transcripts of the
 * sign-language slots of the Leichte-Sprache pages, which show a placeholder until an admin uploads a video.
 * Loaded with the demo fair, once, into a platform without a statement.
 */
@ApplicationScoped
public class AccessibilityDemoData {

    private static final Logger LOG = Logger.getLogger(AccessibilityDemoData.class);

    @Inject
    DemoDataConfig config;

    @Inject
    StatementService statement;

    @Inject
    SignVideoService signVideos;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            load();
        }
    }

    /** Writes the demo statement and transcripts unless a statement exists; true when it wrote them. */
    @Transactional
    public boolean load() {
        if (statement.exists()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        statement.save(statement(today), "demo");
        transcripts().forEach((slot, texts) -> signVideos.save(slot, new SlotUpdate(texts[0], texts[1], null, null, null),
                "demo"));
        LOG.info("Demo accessibility statement and sign-language transcripts loaded");
        return true;
    }

    static StatementUpdate statement(LocalDate today) {
        StatementTexts de = new StatementTexts(
                "KDN – Dachverband kommunaler IT-Dienstleister (Demo)",
                "Der KDN ist bemüht, die Kommunalmesse im Einklang mit § 10a des Behindertengleichstellungsgesetzes "
                        + "Nordrhein-Westfalen (BGG NRW) und der Barrierefreie-Informationstechnik-Verordnung "
                        + "Nordrhein-Westfalen (BITVNRW) barrierefrei zugänglich zu machen. Diese Erklärung gilt für "
                        + "die Kommunalmesse unter https://messe.example.org mit Halle, Ständen, Programm, Bühnen und Chat.",
                List.of(new NonAccessiblePart("Aufzeichnungen von Vorträgen der Messe 2020",
                                "Einige ältere Aufzeichnungen haben noch keine Untertitel. Wir ergänzen sie bis zum Ende des Jahres.",
                                "Zu jedem dieser Vorträge gibt es die Folien als PDF; auf Anfrage schicken wir ein Transkript."),
                        new NonAccessiblePart("PDF-Dokumente an den Ständen",
                                "Aussteller laden ihre Unterlagen selbst hoch. Nicht alle PDF-Dateien sind getaggt "
                                        + "(unverhältnismäßige Belastung für die einzelnen Kommunen).",
                                "Die wesentlichen Inhalte stehen als Text auf der Standseite; über „Kontakt aufnehmen“ "
                                        + "erhalten Sie die Unterlagen in einem zugänglichen Format."),
                        new NonAccessiblePart("Eingebettete Videos anderer Anbieter",
                                "Videos von Drittplattformen können wir nicht selbst anpassen (nicht in unserer Verantwortung).",
                                "Unter jedem eingebetteten Video steht ein Link zu einer Textfassung.")),
                "Team Barrierefreiheit der Kommunalmesse",
                "Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen",
                "Wenn Sie auf Ihre Meldung innerhalb der genannten Frist keine zufriedenstellende Antwort erhalten, "
                        + "können Sie ein Ombudsverfahren nach § 10d BGG NRW beantragen. Die Ombudsstelle ist bei der "
                        + "Beauftragten der Landesregierung für Menschen mit Behinderung angesiedelt und versucht, "
                        + "gemeinsam mit allen Beteiligten eine Lösung zu finden. Der Antrag ist kostenlos und kann "
                        + "formlos per E-Mail oder Post gestellt werden (§ 11 BITVNRW).");
        StatementTexts en = new StatementTexts(
                "KDN – umbrella organisation of municipal IT service providers (demo)",
                "KDN is committed to making the Kommunalmesse accessible in accordance with section 10a of the Disability "
                        + "Equality Act of North Rhine-Westphalia (BGG NRW) and the NRW accessible IT ordinance "
                        + "(BITVNRW). This statement applies to the Kommunalmesse at https://messe.example.org with its "
                        + "hall, booths, programme, stages and chat.",
                List.of(new NonAccessiblePart("Recordings of talks from the 2020 fair",
                                "Some older recordings have no captions yet. We will add them by the end of the year.",
                                "The slides of each of these talks are available as PDF; we send a transcript on request."),
                        new NonAccessiblePart("PDF documents at the booths",
                                "Exhibitors upload their documents themselves. Not all PDF files are tagged "
                                        + "(disproportionate burden for the individual municipalities).",
                                "The essential content is on the booth page as text; via \"Contact\" you receive the "
                                        + "documents in an accessible format."),
                        new NonAccessiblePart("Embedded videos of other providers",
                                "We cannot adapt videos of third-party platforms ourselves (not under our control).",
                                "Below each embedded video there is a link to a text version.")),
                "Kommunalmesse accessibility team",
                "Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen (NRW ombudsman's office for accessible IT)",
                "If you do not receive a satisfactory answer to your report within the stated period, you can apply for a "
                        + "conciliation procedure under section 10d BGG NRW. The ombudsman's office is part of the office "
                        + "of the State Government Commissioner for People with Disabilities and seeks a solution "
                        + "together with everyone involved. The application is free of charge and can be made informally "
                        + "by e-mail or post (section 11 BITVNRW).");
        // Reviewed eleven months and ten days ago: the demo shows the admins' reminder of the yearly review
        return new StatementUpdate(Compliance.PARTIAL, "WCAG 2.2 Level AA (EN 301 549) nach BITVNRW", today.minusMonths(23),
                AssessmentMethod.SELF_ASSESSMENT, today.minusMonths(11).minusDays(10),
                "barrierefreiheit@kommunalmesse.example.org", "0211 000000-0",
                "ombudsstelle-barrierefreie-it@mags.nrw.de", "https://www.lbbp.nrw.de/ombudsstelle", de, en, null);
    }

    private static Map<String, String[]> transcripts() {
        Map<String, String[]> slots = new LinkedHashMap<>();
        slots.put("angebot", new String[] { "Was ist die Kommunalmesse? (Gebärdensprache)",
                "Hallo! Das ist die Kommunalmesse. Die Kommunalmesse ist im Internet. Hier zeigen Städte und Gemeinden "
                        + "ihre Angebote im Internet. Andere Städte können die Angebote auch benutzen. Sie können sich "
                        + "die Stände ansehen. Sie können Vorträge ansehen. Sie können mit den Menschen am Stand schreiben." });
        slots.put("bedienung", new String[] { "So benutzen Sie die Seite (Gebärdensprache)",
                "Oben auf jeder Seite ist das Menü. Im Menü finden Sie die Halle und das Programm. Mit der Tab-Taste "
                        + "kommen Sie von Link zu Link. Unten auf jeder Seite finden Sie den Link: Barriere melden." });
        slots.put("erklaerung", new String[] { "Was nicht gut klappt (Gebärdensprache)",
                "Wir wollen: Alle Menschen können die Kommunalmesse gut benutzen. Manche Teile sind noch schwer zu "
                        + "benutzen. Manche alten Videos haben noch keine Untertitel. Sie finden eine Barriere? Dann "
                        + "schreiben Sie uns. Wir antworten Ihnen. Sie sind unzufrieden? Dann hilft Ihnen die Ombuds-Stelle." });
        slots.put("weitere", new String[] { "Mehr Informationen (Gebärdensprache)",
                "Es gibt 4 Seiten in Leichter Sprache. Zu jeder Seite gibt es ein Video in Gebärdensprache. "
                        + "Die Videos haben Untertitel. Unter jedem Video steht der Text zum Lesen." });
        return slots;
    }
}
