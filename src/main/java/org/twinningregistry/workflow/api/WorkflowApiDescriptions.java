package org.twinningregistry.workflow.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.twinningregistry.workflow.RecordKind;
import org.twinningregistry.workflow.ReviewedKind;

/**
 * The workflow's operations in the API description, kind by kind: the one controller
 * ({@link WorkflowApiController}) is mapped under every reviewed kind's path, so its
 * {@code @Operation} texts say {@code {kind}} (and {@code {kinds}}), which become the
 * kind's name here ({@code /api/v1/agreements/{id}/submit}: "Submit the agreement's draft
 * for review"), and each operation gets an id of its own ({@code submitAgreement}). A
 * kind added in another module is described with nothing more to write.
 */
@Component
class WorkflowApiDescriptions implements OpenApiCustomizer, Ordered {

	private final ObjectProvider<ReviewedKind<?>> kinds;

	WorkflowApiDescriptions(ObjectProvider<ReviewedKind<?>> kinds) {
		this.kinds = kinds;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		this.kinds.orderedStream().map(ReviewedKind::kind).forEach(kind -> {
			String prefix = "/api/v1/" + kind.segment() + "/{id}/";
			api.getPaths().forEach((path, item) -> {
				if (path.startsWith(prefix)) {
					item.readOperationsMap().values().forEach(operation -> describe(operation, kind));
				}
			});
		});
	}

	private static void describe(Operation operation, RecordKind kind) {
		if (operation.getSummary() == null || !operation.getSummary().contains("{kind")) {
			return;
		}
		operation.setSummary(words(operation.getSummary(), kind));
		operation.setDescription(words(operation.getDescription(), kind));
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				parameter.setDescription(words(parameter.getDescription(), kind));
			}
		}
	}

	private static @Nullable String words(@Nullable String text, RecordKind kind) {
		return (text != null) ? text.replace("{kinds}", kind.segment()).replace("{kind}", kind.key()) : null;
	}

}
