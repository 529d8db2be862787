package de.kommunalmesse.stage;

import de.kommunalmesse.common.ContentLanguage;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairImages;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.ShownImage;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.SpeakerViews.SpeakerDetail;
import de.kommunalmesse.stage.SpeakerViews.SpeakerInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Speaker profiles: maintained by admins, linked to talks in order. A profile is public content about a person
 * acting in public (see docs/privacy.md); it belongs to no edition, so a speaker keeps one page across years.
 */
@ApplicationScoped
@Transactional
public class SpeakerService {

    @Inject
    FairImages images;

    @Inject
    FairService fair;

    @Inject
    EditionService editions;

    @Inject
    ContentLanguage language;

    /** All profiles by name, for the talk editor's picker. */
    public List<SpeakerView> speakers() {
        return Speaker.<Speaker>list("order by name, organisation").stream().map(SpeakerService::view).toList();
    }

    /** One profile with the talks of the editions the caller may see; 404 when unknown. */
    public SpeakerDetail speaker(long id) {
        Speaker speaker = find(id);
        Set<Long> visible = editions.visibleEditions().stream().map(EditionRef::id).collect(Collectors.toSet());
        List<ProgrammeViews.TalkSummary> talks = TalkSpeaker.<TalkSpeaker>list(
                "select ts from TalkSpeaker ts join fetch ts.talk t join fetch t.stage where ts.speaker = ?1 "
                        + "order by t.startsAt", speaker).stream()
                .map(ts -> ts.talk).filter(t -> visible.contains(t.stage.editionId))
                .map(t -> ProgrammeService.summary(t, fair.topicFields(), editions.allById(), language.english())).toList();
        return new SpeakerDetail(speaker.id, speaker.name, speaker.organisation, speaker.role, speaker.bio,
                speaker.bioEn, photo(speaker), talks, speaker.version);
    }

    /** Creates a profile (admins). */
    public SpeakerDetail create(SpeakerInput input) {
        Speaker speaker = new Speaker();
        apply(speaker, input);
        speaker.persist();
        return speaker(speaker.id);
    }

    /** Changes a profile (admins); 409 when it changed since {@code input.version()}. */
    public SpeakerDetail update(long id, SpeakerInput input) {
        Speaker speaker = find(id);
        if (input.version() == null || input.version() != speaker.version) {
            throw ProblemException.conflict("conflict.stale", input.version(), speaker.version);
        }
        apply(speaker, input);
        Speaker.flush();
        return speaker(id);
    }

    /** Deletes a profile (admins); 409 while a talk still lists the speaker. */
    public void delete(long id) {
        Speaker speaker = find(id);
        long talks = TalkSpeaker.count("speaker", speaker);
        if (talks > 0) {
            throw ProblemException.conflict("speaker.inUse", speaker.name, talks);
        }
        speaker.delete();
    }

    /**
     * The profiles for a talk's speakers in the given order: an entry with an id is that profile (400 when there
     * is none), one without is the profile of that name and organisation, created when there is none yet.
     */
    List<Speaker> resolve(List<SpeakerView> speakers) {
        return speakers.stream().map(this::resolve).toList();
    }

    private Speaker resolve(SpeakerView entry) {
        if (entry.id() != null) {
            return Speaker.<Speaker>findByIdOptional(entry.id())
                    .orElseThrow(() -> ProblemException.badRequest("notFound.speaker", entry.id()).at("speakers"));
        }
        String name = entry.name().strip();
        String organisation = blankToNull(entry.organisation());
        return Speaker.<Speaker>find("name = ?1 and " + (organisation == null ? "organisation is null" : "organisation = ?2"),
                organisation == null ? new Object[] { name } : new Object[] { name, organisation })
                .firstResultOptional().orElseGet(() -> {
                    Speaker created = new Speaker();
                    created.name = name;
                    created.organisation = organisation;
                    created.role = blankToNull(entry.role());
                    created.updatedAt = Instant.now();
                    created.persist();
                    return created;
                });
    }

    private void apply(Speaker speaker, SpeakerInput input) {
        if (input.photoImageId() != null) {
            images.require(input.photoImageId(), "photoImageId");
            FairImages.requireAlt(input.photoAlt(), "photoAlt");
        }
        speaker.name = input.name().strip();
        speaker.organisation = blankToNull(input.organisation());
        speaker.role = blankToNull(input.role());
        speaker.bio = blankToNull(input.bio());
        speaker.bioEn = blankToNull(input.bioEn());
        speaker.photoImageId = input.photoImageId();
        speaker.photoAlt = input.photoImageId() == null ? null : input.photoAlt().strip();
        speaker.updatedAt = Instant.now();
    }

    private Speaker find(long id) {
        return Speaker.<Speaker>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("notFound.speaker", id));
    }

    /** A speaker as talks show them: name, organisation, role and photo. */
    static SpeakerView view(Speaker speaker) {
        return new SpeakerView(speaker.id, speaker.name, speaker.organisation, speaker.role, photo(speaker));
    }

    private static ShownImage photo(Speaker speaker) {
        return ShownImage.of(speaker.photoImageId, speaker.photoAlt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
