package org.advisorydesk.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The product's static files under their own paths only: {@code /css/**}, {@code /js/**} and the
 * WebJars (version-less, as the templates write them). Spring Boot's default mapping is off
 * ({@code spring.web.resources.add-mappings: false}): it maps {@code /**}, so every link a page wrote
 * through {@code @{...}} was looked up as a possible file in five class-path locations before it was
 * written (spring-framework#27538), two thirds of the dashboard page's time.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
