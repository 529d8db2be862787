package de.kommunalmesse.booth;

import de.kommunalmesse.common.CsvText;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * CSV exports of the hall for admins: semicolon-separated (what German spreadsheet programs expect),
 * UTF-8 with byte order mark, cells that a spreadsheet would run as a formula are neutralised. The header
 * row is in the reader's language (German unless English is asked for); the columns stay the same.
 */
@ApplicationScoped
@Transactional
public class HallExport {

    @Inject
    BoothAccess access;

    @Inject
    FairService fair;

    @Inject
    Messages messages;

    private static final List<String> BOOTH_COLUMNS = List.of("slug", "name", "exhibitor", "organisationType", "region",
            "status", "topicFields", "eventDayId", "featured", "tileSize", "hallOrder", "services", "publishedAt");
    private static final List<String> SERVICE_COLUMNS = List.of("booth", "exhibitor", "name", "summary", "topicField",
            "maturity", "reuseModel", "licence", "codeUrl", "technology", "adopters", "contactExpert", "ozgLevel", "ozgModel", "efa",
            "efaMarketplace", "efaMarketplaceUrl", "serviceKeys", "spdxLicence", "operatingModel", "costModel", "costNote",
            "prerequisites", "reuseContact");

    /** The edition's booths, one line each; the header row in the given language. */
    public String booths(EditionRef edition, Locale locale) {
        access.requireAdmin();
        Map<String, RegionView> regions = fair.regions();
        Map<String, TopicFieldView> topics = fair.topicFields();
        CsvText csv = header(locale, "booths", BOOTH_COLUMNS);
        for (Booth b : Booth.<Booth>list("select b from Booth b join fetch b.exhibitor where b.editionId = ?1 order by b.name",
                edition.id())) {
            csv.row(b.slug, b.name, b.exhibitor.name, b.exhibitor.type.code(),
                    b.exhibitor.regionCode == null ? "" : regions.get(b.exhibitor.regionCode).name(),
                    b.status.name().toLowerCase(), b.topicFieldCodes.stream().map(topics::get).filter(Objects::nonNull)
                            .map(TopicFieldView::name).collect(Collectors.joining(", ")),
                    Objects.toString(b.eventDayId, ""), Boolean.toString(b.featured), b.tileSize,
                    Integer.toString(b.hallOrder), Integer.toString(b.services.size()), Objects.toString(b.publishedAt, ""));
        }
        return csv.toString();
    }

    /** The edition's reusable services with their booth, one line each; the header row in the given language. */
    public String services(EditionRef edition, Locale locale) {
        access.requireAdmin();
        Map<String, TopicFieldView> topics = fair.topicFields();
        CsvText csv = header(locale, "services", SERVICE_COLUMNS);
        List<ReuseOffer> offers = ReuseOffer.list("select o from ReuseOffer o join fetch o.booth b join fetch b.exhibitor "
                + "where b.editionId = ?1 order by b.name, o.position", edition.id());
        for (ReuseOffer o : offers) {
            csv.row(o.booth.slug, o.booth.exhibitor.name, o.name, o.summary,
                    o.topicFieldCode == null ? "" : topics.get(o.topicFieldCode).name(), o.maturity.code(),
                    o.reuseModel.code(), o.licence, o.codeUrl, o.technology,
                    String.join(", ", BoothContentMapper.adopters(o)), o.contactExpert, Objects.toString(o.ozgLevel, ""),
                    o.ozgModel == null ? "" : o.ozgModel.code(),
                    Objects.toString(o.efa, ""), Objects.toString(o.efaMarketplace, ""), o.efaMarketplaceUrl,
                    o.serviceKeys == null ? "" : o.serviceKeys.replace("\n", ", "), o.spdxLicence,
                    o.operatingModel == null ? "" : o.operatingModel.code(), o.costModel == null ? "" : o.costModel.code(),
                    o.costNote, o.prerequisites, o.reuseContact);
        }
        return csv.toString();
    }

    private CsvText header(Locale locale, String export, List<String> columns) {
        return new CsvText().row(columns.stream().map(column -> messages.get(locale, "export." + export + "." + column)));
    }
}
