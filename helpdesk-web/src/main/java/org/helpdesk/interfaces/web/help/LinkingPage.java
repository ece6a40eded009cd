package org.helpdesk.interfaces.web.help;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * What the page that linked to {@code /help} told about itself ({@code url}, {@code title}) and which queue it
 * named ({@code queue}): read once from the link's query when the form is first shown, then kept with the view.
 *
 * <p>View scoped, apart from the request-scoped {@link HelpForm}, because a postback does not carry the link's query
 * again: when a submission is refused (a missing or wrong number), Faces skips updating the model, so request-scoped
 * values would be gone from the page shown again and from the next submission.
 */
@Named
@ViewScoped
public class LinkingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;
    private String title;
    private String queue;
    private boolean urlDropped;

    /** View action on the first request only: notes an address given but refused (not an http(s) address). */
    public void load() {
        String given = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("url");
        urlDropped = given != null && !given.isBlank() && url == null;
    }

    /** The linking page's address, only if it is an http(s) address (see {@link WebAddressConverter}), or null. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The queue the linking page asks help from, or null for the default one. */
    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    /** Whether the link gave an address that is left out because it is not a web page's. */
    public boolean isUrlDropped() {
        return urlDropped;
    }
}
