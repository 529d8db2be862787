package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV exports of the hall for admins: semicolon-separated (what German spreadsheet programs expect),
 * UTF-8 with byte order mark, cells that a spreadsheet would run as a formula are neutralised.
 */
@ApplicationScoped
@Transactional
public class HallExport {

    @Inject
    BoothAccess access;

    @Inject
    FairService fair;

    public String booths(EditionRef edition) {
        access.requireAdmin();
        Map<String, RegionView> regions = fair.regions();
        Map<String, TopicFieldView> topics = fair.topicFields();
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, "slug", "name", "exhibitor", "organisation_type", "region", "status", "topic_fields", "event_day_id",
                "featured", "tile_size", "hall_order", "services", "published_at");
        for (Booth b : Booth.<Booth>list("select b from Booth b join fetch b.exhibitor where b.editionId = ?1 order by b.name",
                edition.id())) {
            row(csv, b.slug, b.name, b.exhibitor.name, b.exhibitor.type.code(),
                    b.exhibitor.regionCode == null ? "" : regions.get(b.exhibitor.regionCode).name(),
                    b.status.name().toLowerCase(), b.topicFieldCodes.stream().map(topics::get).filter(Objects::nonNull)
                            .map(TopicFieldView::name).collect(Collectors.joining(", ")),
                    Objects.toString(b.eventDayId, ""), Boolean.toString(b.featured), b.tileSize,
                    Integer.toString(b.hallOrder), Integer.toString(b.services.size()), Objects.toString(b.publishedAt, ""));
        }
        return csv.toString();
    }

    public String services(EditionRef edition) {
        access.requireAdmin();
        Map<String, TopicFieldView> topics = fair.topicFields();
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, "booth", "exhibitor", "name", "summary", "topic_field", "maturity", "reuse_model", "licence", "code_url",
                "technology", "adopters", "contact_expert");
        List<ReuseOffer> offers = ReuseOffer.list("select o from ReuseOffer o join fetch o.booth b join fetch b.exhibitor "
                + "where b.editionId = ?1 order by b.name, o.position", edition.id());
        for (ReuseOffer o : offers) {
            row(csv, o.booth.slug, o.booth.exhibitor.name, o.name, o.summary,
                    o.topicFieldCode == null ? "" : topics.get(o.topicFieldCode).name(), o.maturity.code(),
                    o.reuseModel.code(), o.licence, o.codeUrl, o.technology,
                    String.join(", ", BoothContentMapper.adopters(o)), o.contactExpert);
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... cells) {
        csv.append(Stream.of(cells).map(HallExport::cell).collect(Collectors.joining(";"))).append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
