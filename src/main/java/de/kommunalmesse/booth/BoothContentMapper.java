package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothContent.Expert;
import de.kommunalmesse.booth.BoothContent.Link;
import de.kommunalmesse.booth.BoothContent.MaterialEntry;
import de.kommunalmesse.booth.BoothContent.Service;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Between the approved tables of a booth and its editable content document. */
final class BoothContentMapper {

    private BoothContentMapper() {
    }

    static BoothContent toContent(Booth booth) {
        Map<Long, Material> materials = Material.<Material>list("boothId", booth.id).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        return new BoothContent(booth.name, booth.tagline, booth.description, List.copyOf(booth.topicFieldCodes),
                booth.eventDayId, List.copyOf(booth.tags),
                booth.links.stream().map(l -> new Link(l.label, l.url)).toList(),
                booth.logoMaterialId, booth.bannerMaterialId,
                booth.services.stream().map(BoothContentMapper::service).toList(),
                booth.experts.stream().map(e -> new Expert(e.name, e.role, e.email, e.phone)).toList(),
                booth.materialIds.stream().filter(materials::containsKey)
                        .map(id -> new MaterialEntry(id, materials.get(id).title)).toList(),
                booth.nameEn, booth.taglineEn, booth.descriptionEn, booth.easySummary, booth.logoAlt, booth.bannerAlt,
                video(booth));
    }

    /** Replaces the approved content of the booth with this content. */
    static void apply(BoothContent content, Booth booth) {
        booth.name = content.name().strip();
        booth.tagline = blankToNull(content.tagline());
        booth.description = blankToNull(content.description());
        booth.nameEn = blankToNull(content.nameEn());
        booth.taglineEn = blankToNull(content.taglineEn());
        booth.descriptionEn = blankToNull(content.descriptionEn());
        booth.easySummary = blankToNull(content.easySummary());
        booth.topicFieldCodes.clear();
        booth.topicFieldCodes.addAll(content.topicFields());
        booth.eventDayId = content.eventDayId();
        booth.tags.clear();
        content.tags().forEach(tag -> booth.tags.add(tag.strip()));
        booth.links.clear();
        for (Link link : content.links()) {
            Booth.LinkEntry entry = new Booth.LinkEntry();
            entry.label = link.label().strip();
            entry.url = link.url();
            booth.links.add(entry);
        }
        booth.experts.clear();
        for (Expert expert : content.experts()) {
            Booth.ExpertEntry entry = new Booth.ExpertEntry();
            entry.name = expert.name().strip();
            entry.role = blankToNull(expert.role());
            entry.email = blankToNull(expert.email());
            entry.phone = blankToNull(expert.phone());
            booth.experts.add(entry);
        }
        // A service keeps its key: sent back by the editor, or found by its unchanged name
        Map<String, String> keysByName = new HashMap<>();
        Set<String> knownKeys = new HashSet<>();
        booth.services.forEach(offer -> {
            keysByName.put(offer.name, offer.serviceKey);
            knownKeys.add(offer.serviceKey);
        });
        if (booth.carriedFromBoothId != null) {
            ReuseOffer.<ReuseOffer>list("booth.id", booth.carriedFromBoothId).forEach(offer -> knownKeys.add(offer.serviceKey));
        }
        booth.services.clear();
        int position = 0;
        Set<String> used = new HashSet<>();
        for (Service service : content.services()) {
            ReuseOffer offer = new ReuseOffer();
            offer.booth = booth;
            String key = service.key() != null && knownKeys.contains(service.key())
                    ? service.key() : keysByName.get(service.name().strip());
            offer.serviceKey = key != null && used.add(key) ? key : newKey(used);
            offer.position = position++;
            offer.name = service.name().strip();
            offer.summary = blankToNull(service.summary());
            offer.nameEn = blankToNull(service.nameEn());
            offer.summaryEn = blankToNull(service.summaryEn());
            offer.topicFieldCode = blankToNull(service.topicField());
            offer.maturity = service.maturity();
            offer.reuseModel = service.reuseModel();
            offer.licence = blankToNull(service.licence());
            offer.codeUrl = blankToNull(service.codeUrl());
            offer.technology = blankToNull(service.technology());
            offer.adopters = service.adopters().isEmpty() ? null : String.join("\n", service.adopters());
            offer.contactExpert = blankToNull(service.contactExpert());
            applyProfile(service.profile(), offer);
            booth.services.add(offer);
        }
        booth.logoMaterialId = content.logoId();
        booth.bannerMaterialId = content.bannerId();
        booth.logoAlt = content.logoId() == null ? null : blankToNull(content.logoAlt());
        booth.bannerAlt = content.bannerId() == null ? null : blankToNull(content.bannerAlt());
        BoothVideo video = content.video();
        booth.videoUrl = video == null ? null : video.url().strip();
        booth.videoCaptionsId = video == null ? null : video.captionsId();
        booth.videoCaptionsUrl = video == null ? null : blankToNull(video.captionsUrl());
        booth.videoTitle = video == null ? null : video.title().strip();
        booth.videoDescription = video == null ? null : blankToNull(video.description());
        booth.materialIds.clear();
        for (MaterialEntry entry : content.materials()) {
            booth.materialIds.add(entry.id());
            Material material = Material.findById(entry.id());
            material.title = entry.title().strip();
        }
    }

    /** The approved booth's video, or null without one. */
    static BoothVideo video(Booth booth) {
        return booth.videoUrl == null ? null
                : new BoothVideo(booth.videoUrl, booth.videoCaptionsId, booth.videoCaptionsUrl, booth.videoTitle,
                        booth.videoDescription);
    }

    static Service service(ReuseOffer offer) {
        return new Service(offer.name, offer.summary, offer.topicFieldCode, offer.maturity, offer.reuseModel,
                offer.licence, offer.codeUrl, offer.technology, adopters(offer), offer.contactExpert, offer.serviceKey,
                profile(offer), offer.nameEn, offer.summaryEn);
    }

    static ReuseProfile profile(ReuseOffer offer) {
        return new ReuseProfile(offer.ozgLevel, offer.ozgModel, offer.efa, offer.efaMarketplace, offer.efaMarketplaceUrl,
                offer.serviceKeys == null ? List.of() : Arrays.asList(offer.serviceKeys.split("\n")), offer.spdxLicence,
                offer.operatingModel, offer.costModel, offer.costNote, offer.prerequisites, offer.reuseContact);
    }

    private static void applyProfile(ReuseProfile profile, ReuseOffer offer) {
        offer.ozgLevel = profile.ozgLevel();
        offer.ozgModel = profile.ozgModel();
        offer.efa = profile.efa();
        offer.efaMarketplace = profile.efaMarketplace();
        offer.efaMarketplaceUrl = blankToNull(profile.efaMarketplaceUrl());
        offer.serviceKeys = profile.serviceKeys().isEmpty() ? null
                : String.join("\n", profile.serviceKeys().stream().map(String::strip).distinct().toList());
        offer.spdxLicence = profile.spdxLicence() == null ? null
                : SpdxLicences.get().normalise(profile.spdxLicence()).orElse(null);
        offer.operatingModel = profile.operatingModel();
        offer.costModel = profile.costModel();
        offer.costNote = blankToNull(profile.costNote());
        offer.prerequisites = blankToNull(profile.prerequisites());
        offer.reuseContact = blankToNull(profile.reuseContact());
    }

    /**
     * The content of a booth carried into another edition: material, caption and video upload ids replaced by those of their copies, and
     * the services keyed as in the source booth (by key, or by name for a working copy without keys).
     */
    static BoothContent carried(BoothContent content, Map<Long, Long> copiedMaterials, Map<Long, Long> copiedCaptions,
            Map<Long, Long> copiedVideos, List<ReuseOffer> sourceServices) {
        Map<String, String> keysByName = new HashMap<>();
        sourceServices.forEach(offer -> keysByName.put(offer.name, offer.serviceKey));
        List<Service> services = content.services().stream()
                .map(s -> s.withKey(s.key() != null ? s.key() : keysByName.get(s.name().strip()))).toList();
        List<MaterialEntry> materials = content.materials().stream().filter(m -> copiedMaterials.containsKey(m.id()))
                .map(m -> new MaterialEntry(copiedMaterials.get(m.id()), m.title())).toList();
        return new BoothContent(content.name(), content.tagline(), content.description(), content.topicFields(),
                null, content.tags(), content.links(), copiedMaterials.get(content.logoId()),
                copiedMaterials.get(content.bannerId()), services, content.experts(), materials, content.nameEn(),
                content.taglineEn(), content.descriptionEn(), content.easySummary(), content.logoAlt(), content.bannerAlt(),
                carriedVideo(content.video(), copiedCaptions, copiedVideos));
    }

    private static BoothVideo carriedVideo(BoothVideo video, Map<Long, Long> copiedCaptions,
            Map<Long, Long> copiedVideos) {
        if (video == null) {
            return null;
        }
        // An uploaded video's address names the booth's upload: the copy's, under the same slug
        java.util.regex.Matcher upload = BoothVideoUploads.PLAYLIST_URL.matcher(video.url().strip());
        String url = upload.matches() ? BoothVideoUploads.carriedUrl(video.url(), upload.group(1), copiedVideos) : video.url();
        return new BoothVideo(url, video.captionsId() == null ? null : copiedCaptions.get(video.captionsId()),
                video.captionsUrl(), video.title(), video.description());
    }

    private static String newKey(Set<String> used) {
        String key = UUID.randomUUID().toString();
        used.add(key);
        return key;
    }

    static List<String> adopters(ReuseOffer offer) {
        return offer.adopters == null ? List.of() : Arrays.asList(offer.adopters.split("\n"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
