package org.crampguide.pages;

import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the template engine the {@link AssetLinkBuilder} before it renders anything.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration {

	@Bean
	static BeanPostProcessor assetLinks(ObjectProvider<StaticAssets> assets) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new AssetLinkBuilder(assets::getObject));
				}
				return bean;
			}
		};
	}

}
