package de.kommunalmesse.fair;

import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.BrandingViews.BrandingUpdate;
import de.kommunalmesse.fair.BrandingViews.BrandingView;
import de.kommunalmesse.fair.BrandingViews.LogoInput;
import de.kommunalmesse.fair.BrandingViews.LogoView;
import de.kommunalmesse.fair.FairViews.ShownImage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The fair's branding: key visual, organiser and partner logos, and the theme's two colours, which must keep
 * text readable (at least 4.5:1 against the page background, and so against white as well).
 */
@ApplicationScoped
@Transactional
public class BrandingService {

    /** The page background of the web app (frontend styles, {@code --km-bg}): the darkest one text sits on. */
    static final String PAGE_BACKGROUND = "#f3f5f7";

    @Inject
    FairImages images;

    /** The branding as everyone sees it. */
    public BrandingView branding() {
        Branding branding = Branding.findById(Branding.ID);
        List<FairLogo> logos = FairLogo.list("order by position");
        return new BrandingView(
                ShownImage.of(branding.keyVisualImageId, branding.keyVisualAlt),
                branding.primaryColour, branding.accentColour,
                logos.stream().filter(l -> l.kind == LogoKind.ORGANISER).map(BrandingService::view).toList(),
                logos.stream().filter(l -> l.kind == LogoKind.PARTNER).map(BrandingService::view).toList(),
                branding.version);
    }

    /**
     * Replaces the branding (admins): 400 naming the colour and its contrast when a colour is too light, 400 when
     * an image is unknown or lacks its alternative text, 409 when it changed in the meantime. Nothing is saved
     * then.
     */
    public BrandingView update(BrandingUpdate update) {
        Branding branding = Branding.findById(Branding.ID);
        if (branding.version != update.version()) {
            throw ProblemException.conflict("conflict.brandingVersion");
        }
        checkContrast("primary", update.primaryColour());
        checkContrast("accent", update.accentColour());
        if (update.keyVisualImageId() != null) {
            images.require(update.keyVisualImageId(), "keyVisualImageId");
            FairImages.requireAlt(update.keyVisualAlt(), "keyVisualAlt");
        }
        for (LogoInput logo : update.logos()) {
            images.require(logo.imageId(), "logos");
        }
        branding.keyVisualImageId = update.keyVisualImageId();
        branding.keyVisualAlt = update.keyVisualImageId() == null ? null : update.keyVisualAlt().strip();
        branding.primaryColour = lower(update.primaryColour());
        branding.accentColour = lower(update.accentColour());
        branding.updatedAt = Instant.now();
        FairLogo.delete("1 = 1");
        int position = 0;
        for (LogoInput input : update.logos()) {
            FairLogo logo = new FairLogo();
            logo.kind = input.kind();
            logo.position = position++;
            logo.imageId = input.imageId();
            logo.alt = input.alt().strip();
            logo.linkUrl = input.link() == null || input.link().isBlank() ? null : input.link().strip();
            logo.persist();
        }
        Branding.flush();
        return branding();
    }

    /** Refuses a colour on which (or in which) text would have less than 4.5:1 contrast. */
    static void checkContrast(String which, String colour) {
        if (colour == null) {
            return;
        }
        double ratio = Contrast.ratio(colour, PAGE_BACKGROUND);
        if (ratio < Contrast.TEXT_MINIMUM) {
            throw ProblemException.badRequest("contrast." + which, colour.toLowerCase(Locale.ROOT),
                    Math.floor(ratio * 100) / 100).at(which + "Colour");
        }
    }

    private static String lower(String colour) {
        return colour == null ? null : colour.toLowerCase(Locale.ROOT);
    }

    private static LogoView view(FairLogo logo) {
        return new LogoView(logo.kind, ShownImage.of(logo.imageId, logo.alt), logo.linkUrl);
    }
}
