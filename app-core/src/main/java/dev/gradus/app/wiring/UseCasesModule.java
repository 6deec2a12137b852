package dev.gradus.app.wiring;

import com.google.inject.AbstractModule;
import dev.gradus.app.port.in.CheckGradientUseCase;
import dev.gradus.app.port.in.ClassifierGridUseCase;
import dev.gradus.app.port.in.CompareUseCase;
import dev.gradus.app.port.in.DescribeProviderUseCase;
import dev.gradus.app.port.in.ListProvidersUseCase;
import dev.gradus.app.port.in.ObjectiveViewUseCase;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.ScenariosUseCase;
import dev.gradus.app.port.in.SweepUseCase;
import dev.gradus.app.service.CheckGradientService;
import dev.gradus.app.service.ClassifierGridService;
import dev.gradus.app.service.CompareService;
import dev.gradus.app.service.DescribeProviderService;
import dev.gradus.app.service.ListProvidersService;
import dev.gradus.app.service.ObjectiveViewService;
import dev.gradus.app.service.RunOptimizationService;
import dev.gradus.app.service.ScenariosService;
import dev.gradus.app.service.SweepService;

/** Binds each use case to its service. */
public final class UseCasesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(RunOptimizationUseCase.class).to(RunOptimizationService.class);
        bind(ListProvidersUseCase.class).to(ListProvidersService.class);
        bind(DescribeProviderUseCase.class).to(DescribeProviderService.class);
        bind(CheckGradientUseCase.class).to(CheckGradientService.class);
        bind(ClassifierGridUseCase.class).to(ClassifierGridService.class);
        bind(ObjectiveViewUseCase.class).to(ObjectiveViewService.class);
        bind(ScenariosUseCase.class).to(ScenariosService.class);
        bind(CompareUseCase.class).to(CompareService.class);
        bind(SweepUseCase.class).to(SweepService.class);
    }
}
