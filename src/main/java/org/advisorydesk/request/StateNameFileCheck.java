package org.advisorydesk.request;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Reads {@code state-names.properties} as the desk starts, so that a wrong file stops it then, not at the first search. */
@Component
class StateNameFileCheck implements InitializingBean {

    @Override
    public void afterPropertiesSet() {
        StateNames.isCode("PRY");
    }
}
