package org.twinningregistry.workflow;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Registers the {@link KindPath} methods of every {@link KindPaths} controller once per
 * reviewed kind, when all beans are made (the kinds' modules' beans among them), and
 * tells a handler which record a request is about.
 */
@Component
public class KindMappings implements SmartInitializingSingleton {

	private final ApplicationContext context;

	/** Spring MVC's mappings; absent when the registry runs without a web server. */
	private final ObjectProvider<RequestMappingHandlerMapping> mapping;

	private final ReviewedKinds kinds;

	/** The kind of each registered pattern. */
	private final Map<String, RecordKind> patterns = new ConcurrentHashMap<>();

	KindMappings(ApplicationContext context,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
			ReviewedKinds kinds) {
		this.context = context;
		this.mapping = mapping;
		this.kinds = kinds;
	}

	@Override
	public void afterSingletonsInstantiated() {
		RequestMappingHandlerMapping handlers = this.mapping.getIfAvailable();
		if (handlers == null) {
			return;
		}
		for (Map.Entry<String, Object> bean : this.context.getBeansWithAnnotation(KindPaths.class).entrySet()) {
			Class<?> type = ClassUtils.getUserClass(bean.getValue());
			String prefix = AnnotatedElementUtils.findMergedAnnotation(type, KindPaths.class).prefix();
			ReflectionUtils.doWithMethods(type, method -> register(handlers, bean.getKey(), prefix, method),
					method -> method.isAnnotationPresent(KindPath.class));
		}
	}

	/**
	 * Maps the method under every kind's path. The controller is named by its bean name,
	 * as Spring MVC names the controllers it finds itself, so that whatever lists the
	 * mappings (the OpenAPI description) sees these as the controller's own.
	 */
	private void register(RequestMappingHandlerMapping handlers, String controller, String prefix, Method method) {
		KindPath path = method.getAnnotation(KindPath.class);
		for (RecordKind kind : this.kinds.all()) {
			String pattern = prefix + "/" + kind.segment() + "/{id}" + path.value();
			handlers.registerMapping(RequestMappingInfo.paths(pattern)
				.methods(path.method())
				.options(handlers.getBuilderConfiguration())
				.build(), controller, method);
			this.patterns.put(pattern, kind);
		}
	}

	/**
	 * The record a request to a {@link KindPath} method is about.
	 * @param id the request's {@code {id}}
	 * @throws IllegalArgumentException if the kind's records cannot have this id
	 * ({@link ReviewedKind#requireId})
	 */
	public RecordRef record(HttpServletRequest request, String id) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		RecordKind kind = this.patterns.get(String.valueOf(pattern));
		if (kind == null) {
			throw new IllegalStateException("not a reviewed kind's path: " + pattern);
		}
		this.kinds.byKey(kind.key()).requireId(id);
		return new RecordRef(kind, id);
	}

}
