package org.twinningregistry.ui;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Gives the pages' expressions {@code #selectOptions} ({@link SelectOptions}). An
 * expression object rather than a bean: Thymeleaf refuses bean references in
 * {@code th:utext}.
 */
@Component
class SelectOptionsDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "selectOptions";

	private static final SelectOptions OPTIONS = new SelectOptions();

	SelectOptionsDialect() {
		super(NAME);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return OPTIONS;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
